#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace debrief {

// The row above a card while studying, shared by the reviewer and the rehearsal so both read the
// same: the deck's name on the left, then the screen's own small widgets, then one large bold
// figure on the right (what is left today in the reviewer, the countdown in the rehearsal).
// The owner names the labels (its tests find them by name) and fills them.
class StudyHeader : public QWidget {
    Q_OBJECT
public:
    // `figureScale`: the figure's size relative to the window font.
    explicit StudyHeader(qreal figureScale, QWidget *parent = nullptr);

    QLabel *title() const { return m_title; }
    QLabel *figure() const { return m_figure; }
    // Adds `widget` between the title and the figure, or after the figure.
    void addWidget(QWidget *widget, bool afterFigure = false);

private:
    QHBoxLayout *m_row = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_figure = nullptr;
};

} // namespace debrief
