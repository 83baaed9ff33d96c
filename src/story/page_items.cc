#include "story/page_items.h"

#include <algorithm>
#include <optional>

#include "story/block_shape.h"
#include "story/furniture.h"
#include "story/page_blocks.h"
#include "text/language.h"

namespace newsdesk::story {
namespace {

struct ShapedBlock {
  Block block;
  BlockShape shape;
  std::optional<FurnitureMatch> furniture;
  bool body = false;  // running text, judged with its neighbours
};

// A full sentence of paragraph length: body text when another such block or a
// long paragraph stands next to it, but a wordy headline when alone.
bool is_sentence_paragraph(const BlockShape& s) { return s.words >= 30 && s.ends_terminal; }

void mark_body(std::vector<ShapedBlock>& blocks) {
  std::vector<size_t> content;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].furniture) content.push_back(i);
  }
  auto paragraph_like = [&](size_t i) {
    return is_body_like(blocks[i].shape) || is_sentence_paragraph(blocks[i].shape);
  };
  for (size_t k = 0; k < content.size(); ++k) {
    ShapedBlock& b = blocks[content[k]];
    if (is_body_like(b.shape)) { b.body = true; continue; }
    if (!is_sentence_paragraph(b.shape)) continue;
    bool before = k > 0 && paragraph_like(content[k - 1]);
    bool after = k + 1 < content.size() && paragraph_like(content[k + 1]);
    b.body = before || after;
  }
}

// A title needs a few words and no trailing "...": it heads what follows.
bool can_be_title(const ShapedBlock& b) {
  return !b.furniture && !b.body && b.shape.words >= 3 && !b.shape.ends_ellipsis;
}

// Inside an article, a shorter paragraph still belongs to it when it is a full
// sentence and running text goes on after it.
bool continues_article(const std::vector<ShapedBlock>& blocks, size_t i) {
  const ShapedBlock& b = blocks[i];
  if (b.furniture) return false;
  if (b.body) return true;
  if (!b.shape.ends_terminal || b.shape.words < 12) return false;
  for (size_t j = i + 1; j < blocks.size(); ++j) {
    if (blocks[j].furniture) continue;
    return blocks[j].body;
  }
  return false;
}

// Index of the next block that is not furniture, or blocks.size().
size_t next_content(const std::vector<ShapedBlock>& blocks, size_t i) {
  for (size_t j = i + 1; j < blocks.size(); ++j) {
    if (!blocks[j].furniture) return j;
  }
  return blocks.size();
}

// The first sentence of a paragraph, for an article that has no title line.
std::string first_sentence(const std::string& paragraph) {
  for (size_t i = 0; i + 1 < paragraph.size(); ++i) {
    char c = paragraph[i];
    if ((c == '.' || c == '!' || c == '?') && paragraph[i + 1] == ' ' && i > 20) {
      return paragraph.substr(0, i + 1);
    }
  }
  return paragraph;
}

std::string language_of(std::string_view text, const std::string& page_language) {
  text::LanguageGuess g = text::identify_language(text);
  if (g.code.empty() || (g.confidence < 0.6 && !page_language.empty())) return page_language;
  return g.code;
}

}  // namespace

PageItems read_page_items(std::string_view page, int source_index, const std::string& path) {
  std::vector<ShapedBlock> blocks;
  for (auto& b : split_blocks(page)) {
    ShapedBlock sb{std::move(b), {}, std::nullopt};
    sb.shape = measure_block(sb.block.text);
    sb.furniture = match_furniture(sb.block.text, sb.shape);
    blocks.push_back(std::move(sb));
  }
  mark_body(blocks);
  std::string page_language = text::identify_language(page).code;

  PageItems out;
  auto drop = [&](const ShapedBlock& b) {
    out.dropped.push_back(core::DroppedBlock{source_index, path, b.block.line, b.block.text,
                                             b.furniture->reason, b.furniture->rule});
  };
  auto new_item = [&](core::ItemKind kind, const ShapedBlock& b) {
    core::Item item;
    item.kind = kind;
    item.source_index = source_index;
    item.path = path;
    item.line = b.block.line;
    item.end_line = b.block.end_line;
    item.title = b.block.text;
    item.ends_with_ellipsis = b.shape.ends_ellipsis;
    return item;
  };

  for (size_t i = 0; i < blocks.size();) {
    const ShapedBlock& b = blocks[i];
    if (b.furniture) { drop(b); ++i; continue; }

    size_t next = next_content(blocks, i);
    bool titled = can_be_title(b) && next < blocks.size() && blocks[next].body;
    bool untitled = b.body;
    if (!titled && !untitled) {
      out.items.push_back(new_item(core::ItemKind::kHeadline, b));
      ++i;
      continue;
    }

    // An article: the title (or the first paragraph's first sentence) and the
    // paragraphs of running text after it, with furniture inside it dropped.
    core::Item article = new_item(core::ItemKind::kArticle, b);
    article.ends_with_ellipsis = false;
    size_t j = titled ? next : i;
    if (!titled) article.title = first_sentence(b.block.text);
    for (size_t k = i + 1; k < j; ++k) drop(blocks[k]);
    std::vector<size_t> pending_furniture;
    for (; j < blocks.size(); ++j) {
      if (blocks[j].furniture) { pending_furniture.push_back(j); continue; }
      if (!continues_article(blocks, j)) break;
      for (size_t f : pending_furniture) drop(blocks[f]);
      pending_furniture.clear();
      if (!article.body.empty()) article.body += "\n\n";
      article.body += blocks[j].block.text;
      article.end_line = blocks[j].block.end_line;
    }
    out.items.push_back(std::move(article));
    i = pending_furniture.empty() ? j : pending_furniture.front();
  }

  for (auto& item : out.items) item.language = language_of(core::item_text(item), page_language);
  // Dropped blocks were collected out of order around articles.
  std::sort(out.dropped.begin(), out.dropped.end(),
            [](const auto& a, const auto& b) { return a.line < b.line; });
  return out;
}

}  // namespace newsdesk::story
