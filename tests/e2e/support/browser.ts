export * from '../../../scripts/lib/chromium';
export * from '../../../scripts/lib/demo-browsing';
