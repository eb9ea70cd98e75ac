// Copies the front-end files the default theme needs from node_modules into
// themes/default/static/vendor/. The copies are committed, so `make run` needs no npm.
// Run: npm install && npm run vendor
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const src = "node_modules/@fontsource/be-vietnam-pro";
const dest = "themes/default/static/vendor/be-vietnam-pro";
const weights = ["400", "500", "600", "700"];

mkdirSync(join(dest, "files"), { recursive: true });
let css = `/* Be Vietnam Pro (SIL OFL 1.1), from @fontsource/be-vietnam-pro; woff2 only. */\n`;
for (const weight of weights) {
  // Keep only the woff2 source: every browser we support reads it.
  const block = readFileSync(join(src, `${weight}.css`), "utf8").replace(
    /,\s*url\([^)]*\.woff\) format\('woff'\)/g,
    "",
  );
  css += block + "\n";
  for (const match of block.matchAll(/\.\/files\/([\w-]+\.woff2)/g)) {
    copyFileSync(join(src, "files", match[1]), join(dest, "files", match[1]));
  }
}
writeFileSync(join(dest, "be-vietnam-pro.css"), css);
copyFileSync(join(src, "LICENSE"), join(dest, "LICENSE"));
console.log(`vendored Be Vietnam Pro ${weights.join(", ")} into ${dest}`);
