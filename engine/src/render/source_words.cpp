// Source documents named for people (source_words.h).
#include "render/source_words.h"

namespace trynext {

namespace {
std::string year_or_undated(const Document& d) { return d.year.empty() ? "undated" : d.year; }
}  // namespace

const Document* find_document(const std::vector<Document>* documents, const std::string& file) {
  if (!documents) return nullptr;
  for (const auto& d : *documents)  // five or so: a scan is the index
    if (d.file == file) return &d;
  return nullptr;
}

std::string document_title(const std::vector<Document>* documents, const std::string& file) {
  const Document* d = find_document(documents, file);
  if (!d) return file;
  return d->title + " (" + d->publisher + ", " + year_or_undated(*d) + ")";
}

std::string document_short(const std::vector<Document>* documents, const std::string& file) {
  const Document* d = find_document(documents, file);
  if (!d) return file;
  return d->short_name + ", " + year_or_undated(*d);
}

bool citation_names_document(const std::vector<Document>* documents, const std::string& citation,
                             const std::string& file) {
  const Document* d = find_document(documents, file);
  if (!d) return false;
  std::string title = d->title.substr(0, d->title.find(". "));
  return citation.find(title) != std::string::npos;
}

std::string source_place(const std::vector<Document>* documents, const SourceRef& source) {
  std::string out = document_title(documents, source.file);
  if (!source.section.empty()) out += ", \"" + source.section + "\"";
  out += ", lines " + std::to_string(source.line_start) + "-" + std::to_string(source.line_end);
  if (find_document(documents, source.file)) out += " (" + source.file + ")";
  return out;
}

}  // namespace trynext
