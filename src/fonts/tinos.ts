/**
 * The bundled Tinos TTFs (metric twin of Times New Roman, full Vietnamese), resolved from the
 * `@expo-google-fonts/tinos` npm package so nothing is fetched at run time.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

let cached: FontFiles | undefined;

export function tinosFiles(): FontFiles {
  if (cached) return cached;
  const root = dirname(require.resolve("@expo-google-fonts/tinos/package.json"));
  cached = {
    regular: join(root, "400Regular", "Tinos_400Regular.ttf"),
    bold: join(root, "700Bold", "Tinos_700Bold.ttf"),
    italic: join(root, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
    boldItalic: join(root, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
  };
  return cached;
}
