// The major lenders' web hosts: a tracked site on one of them names its accounts' lender without
// asking (a page's title never does: 我的, 信用卡首页, a mail subject). Matched by the registrable
// domain, so every subdomain (creditcard.cmbchina.com, pbsz.ebank.cmbchina.com) counts. A site not
// listed is named by the person when tracking it (prefilled from its host).

/** Domain → lender, as the person would call it (Chinese: the extension's default language). */
export const LENDER_HOSTS: Readonly<Record<string, string>> = {
  'alipay.com': '支付宝',
  'mybank.cn': '网商银行',
  'jd.com': '京东',
  'jdpay.com': '京东',
  'icbc.com.cn': '工商银行',
  'ccb.com': '建设银行',
  'boc.cn': '中国银行',
  'bankofchina.com': '中国银行',
  'abchina.com': '农业银行',
  'cmbchina.com': '招商银行',
  'bankcomm.com': '交通银行',
  'cmbc.com.cn': '民生银行',
  'cib.com.cn': '兴业银行',
  'spdb.com.cn': '浦发银行',
  'citicbank.com': '中信银行',
  'ecitic.com': '中信银行',
  'cebbank.com': '光大银行',
  'pingan.com': '平安银行',
  'pingan.com.cn': '平安银行',
  'hxb.com.cn': '华夏银行',
  'cgbchina.com.cn': '广发银行',
  'psbc.com': '邮储银行',
  'webank.com': '微众银行',
  'duxiaoman.com': '度小满',
  'dxmpay.com': '度小满',
  'umoney.baidu.com': '度小满',
  '360jie.com.cn': '360借条',
  'qifu.com': '360借条',
  'meituan.com': '美团',
  'mucfc.com': '招联金融',
  'bosc.cn': '上海银行',
  'bankofbeijing.com.cn': '北京银行',
  'hsbc.com.cn': '汇丰银行',
  'mashangxiaofei.com': '马上消费金融',
  'suning.com': '苏宁金融',
};

/** The lender a host belongs to, by its longest listed domain suffix; undefined when not listed. */
export function lenderForHost(host: string): string | undefined {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = LENDER_HOSTS[parts.slice(i).join('.')];
    if (name) return name;
  }
  return undefined;
}

/** What the track flow offers as the site's name: its lender if known, else the host without www. */
export function suggestedSiteName(origin: string): string {
  let host = origin;
  try {
    host = new URL(origin).hostname;
  } catch {
    // not a URL: offer it as given
  }
  return lenderForHost(host) ?? host.replace(/^www\./, '');
}
