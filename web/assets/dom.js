// Building the page's elements. Text is always set as text (never parsed as HTML), so whatever the
// engine or a file says is shown, never run.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// An id for the words of a value id: "not_met" -> "Not met", "new_service_model" -> "New service model".
export function words(id) {
  const text = String(id).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Help texts of the instrument sometimes end with a pointer into the source files
// ("(001_a0b54d55111c5a02.txt L1506-1508)"), which means nothing to a manager; the report names the
// sources by title.
export function plainHelp(text) {
  return String(text || '')
      .replace(/\s*\(\d{3}_[0-9a-f]{16}\.txt L\d+(-\d+)?\)/g, '')
      .replace(/;? null if ([^.;]+)\.?/g, '. Leave it empty if $1.')
      .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (id) => id.replace(/_/g, ' '));  // field names, in words
}
