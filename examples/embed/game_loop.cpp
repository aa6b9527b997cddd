// A C++ host that gives scripts a native module ("engine") and calls the script's update()
// once per frame, as a game loop does; prints the time per call.
// Usage: game_loop [frames]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ember/ember.hpp>

namespace {

const char* const kScript = R"(
import engine

x, y = 0.0, 0.0
vx, vy = 3.0, 2.0
bounces = 0

def update(dt):
    global x, y, vx, vy, bounces
    x += vx * dt
    y += vy * dt
    if not 0.0 <= x <= engine.WIDTH:
        vx = -vx
        bounces += 1
    if not 0.0 <= y <= engine.HEIGHT:
        vy = -vy
        bounces += 1
    engine.draw(x, y)
)";

struct Screen {
  double last_x = 0, last_y = 0;
  long draws = 0;
};

}  // namespace

int main(int argc, char** argv) {
  long frames = argc > 1 ? std::atol(argv[1]) : 100000;
  Screen screen;
  try {
    ember::Vm vm(ember::Config().memory_limit(64 << 20));
    ember::Value engine =
        vm.module("engine", {{"draw", [&](ember::Vm&, const std::vector<ember::Value>& args) {
                                screen.last_x = args.at(0).to_float();
                                screen.last_y = args.at(1).to_float();
                                ++screen.draws;
                                return ember::Value();
                              }}});
    engine.set_attr("WIDTH", vm.value(320.0));
    engine.set_attr("HEIGHT", vm.value(200.0));
    vm.run(kScript, "game.py");

    ember::Value update = vm.global("update");
    ember::Value dt = vm.value(1.0 / 60.0);
    auto start = std::chrono::steady_clock::now();
    for (long frame = 0; frame < frames; ++frame) update.call({dt});
    auto elapsed = std::chrono::steady_clock::now() - start;
    double ns = std::chrono::duration<double, std::nano>(elapsed).count() / frames;
    std::printf("%ld frames, %ld draws, %lld bounces, last position (%.2f, %.2f)\n", frames,
                screen.draws, static_cast<long long>(vm.global("bounces").to_int()), screen.last_x,
                screen.last_y);
    std::printf("update(): %.0f ns per call\n", ns);
  } catch (const ember::Error& e) {
    std::fprintf(stderr, "%s\n", e.traceback().empty() ? e.what() : e.traceback().c_str());
    return 1;
  }
  return 0;
}
