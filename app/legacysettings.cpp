#include "legacysettings.h"

#include "scheduling/presetcheck.h"
#include "storage/collection.h"

#include <QSettings>

#include <algorithm>

namespace debrief {

namespace {

const char kLimitKey[] = "rehearsal/limitSecs";
const char kTimerKey[] = "review/showTimer";

} // namespace

bool LegacySettings::moveIntoPresets(Collection &collection)
{
    QSettings settings;
    const bool hasLimit = settings.contains(QLatin1String(kLimitKey));
    const bool hasTimer = settings.contains(QLatin1String(kTimerKey));
    if (!hasLimit && !hasTimer)
        return true;
    const int limit = std::clamp(settings.value(QLatin1String(kLimitKey)).toInt(), int(PresetCheck::kMinRehearsalSecs),
                                 int(PresetCheck::kMaxRehearsalSecs));
    const bool timer = settings.value(QLatin1String(kTimerKey)).toBool();
    Result<std::vector<Collection::PresetEntry>> presets = collection.presets();
    if (!presets)
        return false;
    Collection::Transaction tx(collection);
    for (const Collection::PresetEntry &p : *presets) {
        Result<SchedulerConfig> config = collection.preset(p.id);
        if (!config)
            return false;
        if (hasLimit)
            config->rehearsalSecs = limit;
        if (hasTimer)
            config->showAnswerTimer = timer;
        if (!collection.savePreset(p.id, p.name, *config))
            return false;
    }
    if (!tx.commit())
        return false;
    settings.remove(QLatin1String(kLimitKey));
    settings.remove(QLatin1String(kTimerKey));
    return true;
}

} // namespace debrief
