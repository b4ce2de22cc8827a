#include "studyheader.h"

#include <QHBoxLayout>
#include <QLabel>

namespace debrief {

StudyHeader::StudyHeader(qreal figureScale, QWidget *parent) : QWidget(parent)
{
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    // Deck names come from imported files: never markup.
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_row->addWidget(m_title, 1);
    m_figure = new QLabel(this);
    QFont figureFont = m_figure->font();
    figureFont.setPointSizeF(figureFont.pointSizeF() * figureScale);
    figureFont.setBold(true);
    m_figure->setFont(figureFont);
    m_figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_row->addWidget(m_figure);
}

void StudyHeader::addWidget(QWidget *widget, bool afterFigure)
{
    widget->setParent(this);
    if (afterFigure)
        m_row->addWidget(widget);
    else
        m_row->insertWidget(m_row->indexOf(m_figure), widget);
}

} // namespace debrief
