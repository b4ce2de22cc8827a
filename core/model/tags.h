#pragma once

#include <QStringList>

namespace debrief {

// Tag lists as text. One rule for every place that reads them (the collection, Anki packages, text
// files): Anki's, which splits at any run of white space, the ideographic space U+3000 included.
class Tags {
public:
    static QStringList split(const QString &text);
};

} // namespace debrief
