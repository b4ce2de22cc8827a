#include "storage/rehearsalrecordings.h"

#include "storage/rehearsallog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace debrief {

namespace {

qint64 fileSize(const QDir &media, const QString &name)
{
    const QFileInfo file(media.filePath(name));
    return file.exists() ? file.size() : 0;
}

} // namespace

Result<std::vector<RehearsalRecording>> RehearsalRecordings::ofCard(CardId card)
{
    Result<std::vector<std::pair<ReviewId, QString>>> rows = RehearsalLog(m_db).recordings(card);
    if (!rows)
        return rows.error();
    const QDir media(m_mediaDir);
    std::vector<RehearsalRecording> out;
    out.reserve(rows->size());
    for (const auto &[review, name] : *rows)
        out.push_back(RehearsalRecording{review, name, fileSize(media, name)});
    return out;
}

Result<int> RehearsalRecordings::prune(qint64 capBytes)
{
    RehearsalLog log(m_db);
    Result<std::vector<std::pair<ReviewId, QString>>> rows = log.allRecordings();
    if (!rows)
        return rows.error();
    const QDir media(m_mediaDir);
    std::vector<qint64> sizes;
    sizes.reserve(rows->size());
    qint64 total = 0;
    for (const auto &row : *rows) {
        sizes.push_back(fileSize(media, row.second));
        total += sizes.back();
    }
    // Oldest first: the newest recordings are the ones a learner still listens back to.
    int deleted = 0;
    for (size_t i = 0; i < rows->size() && total > capBytes; ++i) {
        const QString &name = (*rows)[i].second;
        // A plain name only: rehearsal_log never holds paths, but a damaged row must not reach outside media/.
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.startsWith(QLatin1Char('.')))
            continue;
        if (QFile::exists(media.filePath(name)) && !QFile::remove(media.filePath(name)))
            continue;   // still there (permissions?): it still counts, try the next one
        if (Result<void> r = log.clearRecording((*rows)[i].first); !r)
            return r.error();
        total -= sizes[i];
        ++deleted;
    }
    return deleted;
}

} // namespace debrief
