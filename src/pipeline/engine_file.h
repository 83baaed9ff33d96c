// The streaming engine's state file (`stories --state`): continued if present,
// replaced whole after a run.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.h"
#include "story/engine.h"

namespace newsdesk::pipeline {

// The engine saved at `state_path`, or a new one with this window when there
// is none (or no path). Throws std::runtime_error on a file that is not a state.
story::StoryEngine open_engine(const std::string& state_path, int64_t window_hours);

// Written aside and renamed, so that a crash leaves the previous state whole.
std::optional<core::Diagnostic> save_engine(const story::StoryEngine& engine, const std::string& state_path);

}  // namespace newsdesk::pipeline
