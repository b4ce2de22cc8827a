#pragma once

#include <QDateTime>

namespace debrief {

// The only reader of the real clock. The app and CLI own a SystemClock; tests and
// `debrief-cli --now` hand in a FixedClock, so everything below is reproducible.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;                    // UTC
    virtual int utcOffsetSecs(const QDateTime &at) const = 0;  // local offset at that instant
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    int utcOffsetSecs(const QDateTime &at) const override { return at.toLocalTime().offsetFromUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now, int offsetSecs = 0) : m_now(now.toUTC()), m_offset(offsetSecs) {}
    QDateTime now() const override { return m_now; }
    int utcOffsetSecs(const QDateTime &) const override { return m_offset; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
    int m_offset;
};

} // namespace debrief
