// Prints "ember says 42" through the installed C++ header.
#include <ember/ember.hpp>
#include <iostream>

int main() {
  ember::Vm vm;
  std::cout << "ember says " << vm.eval("6 * 7").to_int() << "\n";
}
