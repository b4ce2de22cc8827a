#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

// Which sound files a card side plays, read from its rendered HTML: the <audio class="sound">
// elements AnkiTemplate::soundToAudio() makes of [sound:x] tags, in document order. Other
// <audio> elements (written into a field by hand) are left to the page, as Anki leaves them.
// Names come back as the files are named in the media folder (percent-encoding and HTML entities
// decoded); a name that is not a bare file name is dropped.
class SoundRefs {
public:
    // Every sound on a side, in order. Duplicates stay: Anki plays [sound:a][sound:a] twice.
    static QStringList inHtml(const QString &html);
    // What plays when the question is shown.
    static QStringList forQuestion(const QString &questionHtml);
    // What plays when the answer is shown: the answer's sounds without the ones that came from the
    // question ({{FrontSide}}), as Anki does by default. The question's sounds are taken out once
    // each, in order, so a back field that repeats the front's sound still plays it.
    static QStringList forAnswer(const QString &questionHtml, const QString &answerHtml);
    // What R replays on the answer side: the question's sounds, then the answer's own. Anki's
    // default ("Skip question when replaying answer" is off).
    static QStringList forAnswerReplay(const QString &questionHtml, const QString &answerHtml);

    // A bare name inside the media folder: not empty, not "." or "..", no '/', '\\' or ':'
    // (Anki's media names never hold them; ':' would name a drive on Windows).
    static bool isSafeName(const QString &name);
    // Absolute paths of the names that are files in `mediaDir` (symbolic links only if they stay
    // inside it, as CardView allows); missing files are left out, in order.
    static QStringList resolve(const QStringList &names, const QString &mediaDir);
};

} // namespace debrief
