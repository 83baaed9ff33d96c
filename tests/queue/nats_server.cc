#include "nats_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

namespace newsdesk::queue::testing {
namespace {

std::string find_on_path(const std::string& program) {
  std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
  path += ":/usr/sbin:/usr/local/sbin";  // where Debian puts nats-server, off a user's PATH
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

int free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

bool accepts(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

class Server {
 public:
  Server() {
    if (const char* env = std::getenv("NEWSDESK_TEST_NATS"); env != nullptr && *env != '\0') {
      url_ = env;
      return;
    }
    std::string binary = find_on_path("nats-server");
    if (binary.empty()) {
      reason_ = "no NATS server: NEWSDESK_TEST_NATS is unset and nats-server is not on PATH";
      return;
    }
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("newsdesk-nats-" + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
    int port = free_port();
    std::string port_text = std::to_string(port), store_dir = dir_.string(), log = (dir_ / "server.log").string();
    pid_ = ::fork();
    if (pid_ == 0) {
      int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(out, 1);
      ::dup2(out, 2);
      ::execl(binary.c_str(), binary.c_str(), "-js", "-a", "127.0.0.1", "-p", port_text.c_str(), "-sd",
              store_dir.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    for (int i = 0; i < 200; ++i) {
      if (accepts(port)) {
        url_ = "nats://127.0.0.1:" + port_text;
        return;
      }
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    reason_ = "nats-server " + binary + " did not start on port " + port_text + " (see " + log + ")";
  }

  ~Server() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
    if (!dir_.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    }
  }

  std::string url_, reason_;

 private:
  pid_t pid_ = -1;
  std::filesystem::path dir_;
};

Server& server() {
  static Server s;  // stopped at exit, after every test
  return s;
}

}  // namespace

const std::string& test_server() { return server().url_; }
const std::string& skip_reason() { return server().reason_; }

std::string fresh_subject(const std::string& name) {
  std::random_device rd;
  return "newsdesk.test." + std::to_string(::getpid()) + "." + std::to_string(rd() % 1000000) + "." + name;
}

}  // namespace newsdesk::queue::testing
