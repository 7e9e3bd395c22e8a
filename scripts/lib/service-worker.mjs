// Write the site's service worker (SITE_DIR/sw.js) with Workbox's generateSW, so that the guide works
// offline after the first visit. The last step of scripts/build: it hashes the finished pages.
//
// Usage: node scripts/lib/service-worker.mjs SITE_DIR
//
// - Precached at install: every page and what the pages load (HTML, CSS, JavaScript, the search
//   index, images), found in the built site, so a page that is added, moved or renamed is covered
//   without a list here. Not the Pyodide runtime, Material's other-language search files or maps.
// - The runtime (SITE_DIR/pyodide/<build>/, versioned) is cached only once a calculator has been
//   used: calculators.js asks the worker to keep it (Workbox's CACHE_URLS message), and every
//   request under pyodide/ is answered from that cache first. Old builds' files are dropped as new
//   ones come (at most two builds kept).
// - The cache names hold the repository and the build (a hash of every precached file), so two
//   sites on one origin (OWNER.github.io/REPO/) never share a cache. A new deploy installs into a
//   new cache beside the old one; the old one is deleted only when the new worker takes over, which
//   it does when the reader accepts the page's offer to reload (no skipWaiting, no clientsClaim).
// - Workbox's runtime is copied beside sw.js (workbox-<hash>.js), never loaded from a CDN.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateSW, getManifest } from "workbox-build";

const site = path.resolve(process.argv[2] ?? "site");
const precache = {
  globDirectory: site,
  globPatterns: ["**/*.{html,css,js,json,svg,png,ico,webmanifest}"],
  globIgnores: ["pyodide/**", "sw.js", "workbox-*.js", "**/*.map", "assets/javascripts/lunr/**"],
  maximumFileSizeToCacheInBytes: 2_000_000,
};
// The pages load calculators.js?v=<build> (scripts/lib/bundle_pyodide.py): the precached copy, of this
// worker's own build, answers it. Workbox's defaults (utm_*, fbclid) are kept.
const ignoreURLParametersMatching = [/^utm_/, /^fbclid$/, /^v$/];

// The repository: GitHub Actions' GITHUB_REPOSITORY (OWNER/REPO), else the package's name.
const packageName = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).name;
const repository = (process.env.GITHUB_REPOSITORY || packageName).replace(/[^A-Za-z0-9._-]+/g, "-");
const { manifestEntries, count, size } = await getManifest(precache);
const build = createHash("sha256")
  .update(JSON.stringify(manifestEntries.map(({ url, revision }) => [url, revision])))
  .digest("hex").slice(0, 12);

const { warnings } = await generateSW({
  ...precache,
  swDest: path.join(site, "sw.js"),
  cacheId: `${repository}-${build}`,
  cleanupOutdatedCaches: true,
  skipWaiting: false,
  clientsClaim: false,
  inlineWorkboxRuntime: false,
  mode: "production",
  sourcemap: false,
  disableDevLogs: true,
  ignoreURLParametersMatching,
  runtimeCaching: [{
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes("/pyodide/"),
    handler: "CacheFirst",
    options: {
      cacheName: `${repository}-pyodide`,
      expiration: { maxEntries: 12 }, // two builds of the runtime's 6 files
    },
  }],
});
if (warnings.length) {
  console.error(warnings.join("\n"));
  process.exit(1);
}
console.log(`service worker: ${count} files (${Math.round(size / 1000)} kB) precached, cache ${repository}-${build}`);
