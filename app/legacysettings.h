#pragma once

namespace debrief {

class Collection;

// App settings that became preset settings (issues 11 and 13): the rehearsal countdown
// ("rehearsal/limitSecs") and the answer timer ("review/showTimer") were QSettings for every
// deck. On the first start after the change their values go into every preset, so nothing the
// learner chose is lost, and the keys are removed so it happens once.
class LegacySettings {
public:
    // False when a preset could not be written (the keys are then kept for the next start).
    static bool moveIntoPresets(Collection &collection);
};

} // namespace debrief
