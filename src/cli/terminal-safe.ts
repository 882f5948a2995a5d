/**
 * Text from users' files (YAML keys and values quoted in messages, file names) made safe for a
 * terminal and for GitHub's workflow commands: control characters (ESC of ANSI/OSC sequences,
 * BEL, a newline in a file name, C1 controls) and bidi controls are shown as escapes such as
 * `\x1b`, `\n` or `\u{202e}` instead of being printed raw, so nobody can clear the screen,
 * forge a line or set the window title through a fragment.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`);
  });
}
