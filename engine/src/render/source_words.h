// A source document named for a person: its title, publisher and year from the catalogue's
// documents (catalogue/documents.lua), where a tool reads only SourceRef::file. Every renderer for
// people names sources through these, so that no person reads a file name where a title exists.
// Each takes the documents the catalogue lists (Catalogue::documents, Result::documents; null or
// empty: none) and falls back to the file name for a document not listed.
#pragma once

#include <string>
#include <vector>

#include "trynext/catalogue.h"

namespace trynext {

// The listed document of that file, or null.
const Document* find_document(const std::vector<Document>* documents, const std::string& file);

// "Supporting Health Visitors and Fostering Resilience: Literature Review (Institute of Health
// Visiting, 2015)", "... (Health Education England, undated)".
std::string document_title(const std::vector<Document>* documents, const std::string& file);

// "the framework's literature review, 2015": for a short note beside a claim.
std::string document_short(const std::vector<Document>* documents, const std::string& file);

// Whether a citation already names the document (its title up to the first ". "), so that a note of
// where the claim was taken from would only repeat it.
bool citation_names_document(const std::vector<Document>* documents, const std::string& citation,
                             const std::string& file);

// For a policy lead checking a claim: the title, the section and the lines, and the file they are in:
// `Supporting ... (Institute of Health Visiting, 2015), "Safeguarding supervision", lines 573-583
// (001_a0b54d55111c5a02.txt)`.
std::string source_place(const std::vector<Document>* documents, const SourceRef& source);

}  // namespace trynext
