#pragma once

#include "scheduling/schedulerconfig.h"

#include <QByteArray>

#include <optional>

namespace debrief {

// SchedulerConfig ⇄ the JSON stored in presets.config. Keys missing from the JSON keep Anki's
// defaults, so "{}" is the default preset and older rows read fine after we add options.
class PresetCodec {
public:
    static QByteArray toJson(const SchedulerConfig &config);
    // Nullopt when `json` is not a JSON object.
    static std::optional<SchedulerConfig> fromJson(const QByteArray &json);
};

} // namespace debrief
