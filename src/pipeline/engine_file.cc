#include "pipeline/engine_file.h"

#include <cstdio>
#include <fstream>

namespace newsdesk::pipeline {

story::StoryEngine open_engine(const std::string& state_path, int64_t window_hours) {
  std::ifstream in(state_path);
  if (!state_path.empty() && in) return story::StoryEngine::load(in);
  story::EngineOptions o;
  o.window_seconds = window_hours * 3600;
  return story::StoryEngine(o);
}

std::optional<core::Diagnostic> save_engine(const story::StoryEngine& engine, const std::string& state_path) {
  std::string tmp = state_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    engine.save(out);
    if (!out) return core::Diagnostic{state_path, "", "cannot write the engine state"};
  }
  if (std::rename(tmp.c_str(), state_path.c_str()) != 0) {
    return core::Diagnostic{state_path, "", "cannot replace the engine state"};
  }
  return std::nullopt;
}

}  // namespace newsdesk::pipeline
