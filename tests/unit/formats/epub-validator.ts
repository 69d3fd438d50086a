/**
 * A structural EPUB 3 checker for tests, independent of the writer: fflate
 * opens the zip, @xmldom/xmldom parses every XML file strictly.
 */
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

export class EpubError extends Error {}

type XmlDoc = ReturnType<DOMParser['parseFromString']>;
type XmlElement = NonNullable<XmlDoc['documentElement']>;

export function parseXmlStrict(text: string, where: string): XmlDoc {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new EpubError(`${where}: XML ${level}: ${message}`);
    },
  });
  let doc: XmlDoc;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    // xmldom wraps what onError throws in its own ParseError.
    throw new EpubError(`${where}: ${(error as Error).message}`);
  }
  if (!doc.documentElement) throw new EpubError(`${where}: no root element`);
  return doc;
}

function elements(root: XmlElement | XmlDoc, localName: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS('*', localName)) as XmlElement[];
}

function allIds(doc: XmlDoc): string[] {
  return (Array.from(doc.getElementsByTagName('*')) as XmlElement[])
    .map((el) => el.getAttribute('id'))
    .filter((id): id is string => id !== null);
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new EpubError(message);
}

function resolve(base: string, href: string): string {
  const parts = (base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '') + href.split('#')[0];
  const out: string[] = [];
  for (const segment of parts.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.') out.push(segment);
  }
  return out.join('/');
}

export interface EpubSummary {
  entries: string[];
  spine: string[];
  chapterTitles: string[];
  navText: string;
}

export function validateEpub(bytes: Uint8Array): EpubSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert(view.getUint32(0, true) === 0x04034b50, 'not a zip');
  assert(view.getUint16(8, true) === 0, 'mimetype is compressed');
  assert(view.getUint16(28, true) === 0, 'mimetype has an extra field');
  assert(new TextDecoder().decode(bytes.subarray(30, 38)) === 'mimetype', 'first entry is not mimetype');
  assert(new TextDecoder().decode(bytes.subarray(38, 58)) === 'application/epub+zip', 'wrong mimetype content');

  const files = unzipSync(bytes);
  const entries = Object.keys(files);
  assert(entries[0] === 'mimetype', 'mimetype is not the first entry');
  const text = (name: string): string => {
    const data = files[name];
    assert(data !== undefined, `missing entry ${name}`);
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  };

  const container = parseXmlStrict(text('META-INF/container.xml'), 'container.xml');
  const rootfile = elements(container, 'rootfile')[0];
  assert(rootfile !== undefined, 'container.xml has no rootfile');
  const opfPath = rootfile.getAttribute('full-path') ?? '';
  const opf = parseXmlStrict(text(opfPath), opfPath);
  const opfIds = allIds(opf);
  assert(new Set(opfIds).size === opfIds.length, 'duplicate ids in the package document');
  const uid = opf.documentElement!.getAttribute('unique-identifier');
  assert(uid !== null && opfIds.includes(uid), 'unique-identifier does not point at an element');
  const modified = elements(opf, 'meta').find((m) => m.getAttribute('property') === 'dcterms:modified');
  assert(!!modified && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(modified.textContent ?? ''), 'bad dcterms:modified');
  assert(elements(opf, 'title').length > 0 && elements(opf, 'language').length > 0, 'missing dc:title or dc:language');

  const manifest = new Map<string, { href: string; type: string; properties: string }>();
  for (const item of elements(opf, 'item')) {
    const id = item.getAttribute('id') ?? '';
    const href = resolve(opfPath, item.getAttribute('href') ?? '');
    assert(files[href] !== undefined, `manifest item ${id} points at missing ${href}`);
    manifest.set(id, { href, type: item.getAttribute('media-type') ?? '', properties: item.getAttribute('properties') ?? '' });
  }
  const navItems = [...manifest.values()].filter((m) => m.properties.split(' ').includes('nav'));
  assert(navItems.length === 1, 'there must be exactly one nav document');
  const spine = elements(opf, 'itemref').map((ref) => ref.getAttribute('idref') ?? '');
  for (const idref of spine) assert(manifest.has(idref), `spine idref ${idref} is not in the manifest`);
  assert(spine.length > 0, 'empty spine');

  const chapterTitles: string[] = [];
  for (const [id, item] of manifest) {
    if (item.type !== 'application/xhtml+xml') continue;
    const doc = parseXmlStrict(text(item.href), item.href);
    assert(doc.documentElement!.namespaceURI === 'http://www.w3.org/1999/xhtml', `${item.href} is not XHTML`);
    const ids = allIds(doc);
    assert(new Set(ids).size === ids.length, `duplicate ids in ${item.href}`);
    for (const a of elements(doc, 'a')) {
      const href = a.getAttribute('href');
      if (href && !/^[a-z]+:/.test(href) && !href.startsWith('#')) {
        const target = resolve(item.href, href);
        assert([...manifest.values()].some((m) => m.href === target), `${item.href} links to missing ${target}`);
      }
    }
    if (id !== 'nav') chapterTitles.push(elements(doc, 'h1')[0]?.textContent ?? '');
  }
  const nav = parseXmlStrict(text(navItems[0]!.href), 'nav');
  const tocNav = elements(nav, 'nav').find((n) => n.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'toc');
  assert(tocNav !== undefined, 'nav document has no epub:type="toc" nav');
  return { entries, spine, chapterTitles, navText: tocNav.textContent ?? '' };
}
