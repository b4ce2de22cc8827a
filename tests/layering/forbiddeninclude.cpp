// Built only by the layering_forbidden_include_fails test, which expects this include to fail:
// the target links debrief_model, and model sits below storage in the layer graph.
#include "model/card.h"
#include "storage/collection.h"
