export default defineContentScript({ matches: ['https://baitiao.jd.com/*'], main() {} });
