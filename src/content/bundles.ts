// Page bundles: the files beside an index.md (leaf) or _index.md (branch) are the page's resources,
// published next to it. https://gohugo.io/content-management/page-bundles/
import type { ContentAsset, Resource } from "../types.ts";
import { encodePath, splitPath } from "./paths.ts";

/** The folder whose files belong to a page: its own folder for a bundle or section, none for a single file. */
export function bundleDir(path: string): string | undefined {
  const { dir, name } = splitPath(path);
  return /^_?index\.(md|markdown)$/i.test(name) ? dir : undefined;
}

/**
 * Gives each bundle its resources in one pass over the assets: a leaf bundle owns everything below its
 * folder, a branch bundle (a section) only the files directly in its folder.
 */
export function assignResources(assets: readonly ContentAsset[], leafDirs: ReadonlySet<string>, branchDirs: ReadonlySet<string>): Map<string, ContentAsset[]> {
  const owned = new Map<string, ContentAsset[]>();
  for (const asset of assets) {
    let dir = splitPath(asset.path).dir;
    const own = branchDirs.has(dir) ? dir : undefined;
    let leaf: string | undefined;
    for (let d: string | undefined = dir; d !== undefined; d = d === "" ? undefined : splitPath(d).dir) {
      if (leafDirs.has(d)) leaf = d; // the outermost leaf bundle wins: nested folders are its own
    }
    dir = leaf ?? own ?? "";
    if (leaf === undefined && own === undefined) continue; // a stray file outside any bundle is not published
    const list = owned.get(dir) ?? [];
    list.push(asset);
    owned.set(dir, list);
  }
  return owned;
}

/** Where a bundle's files go: beside the page's own index.html, whatever its slug or url says. */
export function resourcesAt(assets: readonly ContentAsset[], bundle: string, pageOutputPath: string): Resource[] {
  const base = splitPath(pageOutputPath).dir;
  return assets.map((asset) => {
    const name = bundle === "" ? asset.path : asset.path.slice(bundle.length + 1);
    const outputPath = base === "" ? name : `${base}/${name}`;
    return { name, url: encodePath(`/${outputPath}`), outputPath, sourcePath: asset.sourcePath };
  });
}
