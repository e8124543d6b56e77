// One reader for every Markdown file with front matter (factsheets, pages, letters). gray-matter
// picks a parser from the opening fence, and "---js" / "---javascript" run the front matter as code
// (eval), so only YAML is accepted: any named language on the fence, or a code engine, is refused.
import matter from 'gray-matter';

const FENCE_LANGUAGE = /^\uFEFF?---[ \t]*([^\s-][^\r\n]*)\r?\n/;
const refuse = (language: string) => () => {
  throw new Error(`front matter in "${language}" is not allowed: write it in YAML between two --- lines`);
};
const YAML_ONLY = {
  language: 'yaml',
  engines: Object.fromEntries(['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((name) => [name, refuse(name)])),
};

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
}

/** Splits a file's YAML front matter from its body. Throws an Error saying what to fix (the caller names the file). */
export function readYamlFrontMatter(text: string): FrontMatterFile {
  const language = FENCE_LANGUAGE.exec(text)?.[1]?.trim();
  if (language && language.toLowerCase() !== 'yaml') {
    throw new Error(`the front matter is marked "---${language}": only YAML front matter is allowed (start the file with a plain --- line)`);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object stops gray-matter caching by content, which would share results between files.
    parsed = matter(text, { ...YAML_ONLY });
  } catch (error) {
    throw new Error(`the front matter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  return { data: parsed.data, body: parsed.content };
}
