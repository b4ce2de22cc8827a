#include "answerrecorder.h"

namespace debrief {

// Out of line so the vtable and moc output live in one translation unit.
AnswerRecorder::~AnswerRecorder() = default;

} // namespace debrief
