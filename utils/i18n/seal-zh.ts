// The words of sealed (password-protected) history files, kept apart from the main dictionary.
// `seal-en.ts` must have exactly these keys (checked by its type).
export const sealZh = {
  'seal.toggle': '用密码加密导出的文件',
  'seal.password': '密码',
  'seal.confirm': '再输入一次密码',
  'seal.hint': '至少 8 个字符。密码不会被保存；忘记密码就无法打开这个文件。',
  'seal.tooShort': '密码至少需要 8 个字符，没有导出任何内容。',
  'seal.mismatch': '两次输入的密码不一致，没有导出任何内容。',
  'seal.sealing': '正在加密…',
  'seal.exported': '已导出加密文件 {file}。请记住密码：它不会保存在任何地方。',
  'seal.prompt': '这是一个加密的历史文件（{size}）。请输入导出时设置的密码。',
  'seal.open': '解密并导入',
  'seal.cancel': '取消',
  'seal.opening': '正在解密…',
  'seal.cancelled': '已取消，没有导入任何内容。',
  'seal.problem.wrong-password-or-changed': '密码不对，或者文件在加密后被改动过（两者无法区分）。没有导入任何内容。',
  'seal.problem.not-sealed': '这不是一个加密的历史文件。没有导入任何内容。',
  'seal.problem.invalid': '加密文件已损坏或不完整（可能只下载了一部分）。没有导入任何内容。',
  'seal.problem.iterations-too-low': '这个加密文件的密钥强度太低（PBKDF2 迭代次数少于 600,000），已拒绝。没有导入任何内容。',
};

export type SealKey = keyof typeof sealZh;
