/** A minimal fontconfig file listing only the given font directories. */
function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function fontconfigXml(dirs: string[], cacheDir?: string): string {
  return [
    `<?xml version="1.0"?>`,
    `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
    `<fontconfig>`,
    ...dirs.map((d) => `  <dir>${xmlEscape(d)}</dir>`),
    ...(cacheDir === undefined ? [] : [`  <cachedir>${xmlEscape(cacheDir)}</cachedir>`]),
    `</fontconfig>`,
    ``,
  ].join("\n");
}
