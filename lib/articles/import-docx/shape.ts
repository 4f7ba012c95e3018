// mammoth's HTML, reshaped into the article format before it becomes Tiptap JSON: the document's title
// becomes Tiêu đề, a picture and the caption under it become one figure, footnote back-links go, and
// the first paragraph is proposed as Sapo when its length is the one taught for a sapo.
import { Window } from "happy-dom";
import { SAPO_WORDS, TITLE_WORDS } from "@/lib/articles/checklist";
import { QUIET_WINDOW_SETTINGS } from "@/lib/richtext/quiet-window";
import { countWords } from "@/lib/vietnamese";

export type Shaped = { title: string; sapo: string; html: string };

const CAPTION_MAX_WORDS = 60;
const TITLE_MAX_WORDS = TITLE_WORDS.max + 10;

const collapse = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

export function shapeImportedHtml(html: string): Shaped {
  const window = new Window({ settings: QUIET_WINDOW_SETTINGS });
  try {
    const document = window.document as unknown as Document;
    const root = document.createElement("div");
    root.innerHTML = html;
    const title = takeTitle(root);
    cleanFootnotes(root, document);
    makeFigures(root, document);
    for (const caption of root.querySelectorAll(".docx-caption")) caption.removeAttribute("class");
    const sapo = takeSapo(root);
    return { title, sapo, html: root.innerHTML };
  } finally {
    window.happyDOM.abort();
    window.close();
  }
}

/** Word's Title style; otherwise a short first paragraph set wholly in bold, as many writers type a title. */
function takeTitle(root: Element): string {
  const styled = root.querySelector("h1");
  if (styled) {
    const text = collapse(styled.textContent);
    for (const heading of root.querySelectorAll("h1")) heading.remove();
    if (text) return text;
  }
  const first = root.firstElementChild;
  if (first?.tagName === "P" && !first.querySelector("img")) {
    const text = collapse(first.textContent);
    const boldText = collapse([...first.querySelectorAll("strong")].map((strong) => strong.textContent).join(" "));
    const words = countWords(text);
    // A bold sapo ends with a full stop; a title does not.
    if (text && boldText === text && words >= 2 && words <= TITLE_MAX_WORDS && !text.endsWith(".")) {
      first.remove();
      return text;
    }
  }
  return "";
}

/** The first paragraph, when it has the sapo's taught length, moves out of the body into Sapo. */
function takeSapo(root: Element): string {
  const first = root.firstElementChild;
  if (first?.tagName !== "P") return "";
  const text = collapse(first.textContent);
  const words = countWords(text);
  if (words < SAPO_WORDS.min || words > SAPO_WORDS.max) return "";
  first.remove();
  return text;
}

/**
 * mammoth links each footnote mark to its note and back. Links inside the page have no place in an
 * article: the marks keep their text ([1]), the back-arrows go, and the notes get a heading.
 */
function cleanFootnotes(root: Element, document: Document) {
  const lists = new Set<Element>();
  for (const item of root.querySelectorAll("li[id^='footnote-'], li[id^='endnote-']")) {
    if (item.parentElement) lists.add(item.parentElement);
    item.removeAttribute("id");
  }
  for (const link of root.querySelectorAll("a[href^='#']")) {
    if (collapse(link.textContent) === "↑") link.remove();
    else link.replaceWith(...link.childNodes);
  }
  for (const list of lists) {
    const heading = document.createElement("h3");
    heading.textContent = "Chú thích";
    list.before(heading);
  }
}

/**
 * Each picture becomes a figure in its own block, taking as caption the paragraph right under it when
 * that paragraph is in Word's caption style or is a short line set wholly in italics (how captions are
 * usually typed: "Ảnh: …").
 */
function makeFigures(root: Element, document: Document) {
  for (const image of [...root.querySelectorAll("img")]) {
    const block = image.closest("p, h2, h3, li, td, th") ?? image.parentElement;
    const figure = document.createElement("figure");
    const picture = document.createElement("img");
    picture.setAttribute("src", image.getAttribute("src") ?? "");
    picture.setAttribute("alt", collapse(image.getAttribute("alt")));
    figure.append(picture);
    const caption = document.createElement("figcaption");
    figure.append(caption);
    image.remove();

    if (block && block.tagName === "P") {
      const alone = collapse(block.textContent) === "" && !block.querySelector("img");
      const next = block.nextElementSibling;
      if (next && isCaption(next)) {
        caption.append(...next.childNodes);
        next.remove();
      }
      if (alone) block.replaceWith(figure);
      else block.after(figure);
    } else if (block && block !== root) {
      block.append(figure);
    } else {
      root.append(figure);
    }
  }
}

function isCaption(element: Element): boolean {
  if (element.tagName !== "P" || element.querySelector("img")) return false;
  if (element.classList.contains("docx-caption")) return true;
  const text = collapse(element.textContent);
  if (!text || countWords(text) > CAPTION_MAX_WORDS) return false;
  const italicText = collapse([...element.querySelectorAll("em")].map((em) => em.textContent).join(" "));
  return italicText === text;
}
