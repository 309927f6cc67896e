#include <cmark-gfm.h>

#include <cctype>
#include <cstring>

#include "convert/markdown_doc.hpp"

namespace genai_quiz {
namespace {

bool is_symbolic_text(const char* literal) {
  for (const char* p = literal; p != nullptr && *p != '\0'; ++p) {
    if (std::isalnum(static_cast<unsigned char>(*p))) return false;
  }
  return true;
}

// Inline content made only of links, images, spaces and separators; counts the links.
bool only_links(cmark_node* node, int& links, bool anchors_only) {
  for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(c);
        if (anchors_only && (url == nullptr || url[0] != '#')) return false;
        ++links;
        break;
      }
      case CMARK_NODE_TEXT:
        if (!is_symbolic_text(cmark_node_get_literal(c))) return false;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        if (!only_links(c, links, anchors_only)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

bool is_link_only(cmark_node* node) {
  int links = 0;
  return node != nullptr && only_links(node, links, false) && links > 0;
}

bool is_anchor_links_only(cmark_node* node) {
  int links = 0;
  return node != nullptr && only_links(node, links, true) && links > 0;
}

bool is_whole_strong(cmark_node* node) {
  if (node == nullptr || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) return false;
  int strong = 0;
  for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_STRONG) {
      ++strong;
    } else if (t == CMARK_NODE_TEXT) {
      if (!is_symbolic_text(cmark_node_get_literal(c))) return false;
    } else if (t != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK) {
      return false;
    }
  }
  return strong == 1;
}

bool is_table(cmark_node* node) {
  return node != nullptr && std::strcmp(cmark_node_get_type_string(node), "table") == 0;
}

cmark_node* first_child(cmark_node* node) { return node == nullptr ? nullptr : cmark_node_first_child(node); }
cmark_node* next_sibling(cmark_node* node) { return node == nullptr ? nullptr : cmark_node_next(node); }
bool is_paragraph(cmark_node* node) { return node != nullptr && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH; }
bool is_heading(cmark_node* node) { return node != nullptr && cmark_node_get_type(node) == CMARK_NODE_HEADING; }
int start_line(cmark_node* node) { return cmark_node_get_start_line(node); }
int start_column(cmark_node* node) { return cmark_node_get_start_column(node); }

BlockStart block_start(cmark_node* node) {
  int length = 0;
  int offset = 0;
  char fence = 0;
  bool indented_code = cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
                       cmark_node_get_fenced(node, &length, &offset, &fence) == 0;
  return {cmark_node_get_start_line(node), indented_code ? 4 : 0};
}


}  // namespace genai_quiz
