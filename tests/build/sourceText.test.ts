// What the app says comes from flows/: no Chinese text is written into the code under src/ (comments aside).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixtures.ts';

// Full-width punctuation (U+3000-303F, U+FF00-FFEF) is Chinese text too: in English it would show as it is.
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/**
 * Each language's name and header mark in its own script: the switch shows them that way in every language, so
 * they are never translated or converted (OpenCC would turn 简体 into 簡體).
 */
const LANGUAGE_NAMES = new Set(['简体中文', '繁體中文', '简', '繁']);
/** The brackets that mark a gap in a complaint draft, which is copied in 简体: a test finds every gap by them. */
const DRAFT_GAP_MARKS = new Set(['【', '】']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every string, template part and JSX text in a file that holds Chinese, with its line. */
function chineseTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const value = node.text;
      if (CHINESE.test(value) && !LANGUAGE_NAMES.has(value) && !DRAFT_GAP_MARKS.has(value)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(PROJECT_ROOT, file)}:${String(line + 1)}: ${value}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('texts in src/', () => {
  it('finds Chinese in a planted string, template and JSX text, and not in comments', () => {
    const planted = "// 注释\nconst a = '立即';\nconst b = `共 ${n} 条`;\nconst c = <p>核实</p>;\n/* 说明 */";
    expect(chineseTexts(join(PROJECT_ROOT, 'src', 'planted.tsx'), planted)).toEqual([
      'src/planted.tsx:2: 立即',
      'src/planted.tsx:3: 共 ',
      'src/planted.tsx:3:  条',
      'src/planted.tsx:4: 核实',
    ]);
  });

  it('holds no Chinese text: every word the app shows comes from flows/ and its translations', () => {
    const files = sourceFiles(join(PROJECT_ROOT, 'src'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => chineseTexts(file, readFileSync(file, 'utf8')))).toEqual([]);
  });
});
