#include "frontend/scope.h"
