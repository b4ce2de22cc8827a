#include "model/stocknotetypes.h"

namespace debrief {

static const char kStockCss[] =
    ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n";

Notetype StockNotetypes::basic()
{
    Notetype t;
    t.name = QStringLiteral("Basic");
    t.kind = NotetypeKind::Standard;
    t.fieldNames = QStringList{QStringLiteral("Front"), QStringLiteral("Back")};
    t.templates = {{QStringLiteral("Card 1"), QStringLiteral("{{Front}}"),
                    QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")}};
    t.css = QString::fromLatin1(kStockCss);
    return t;
}

Notetype StockNotetypes::cloze()
{
    Notetype t;
    t.name = QStringLiteral("Cloze");
    t.kind = NotetypeKind::Cloze;
    t.fieldNames = QStringList{QStringLiteral("Text"), QStringLiteral("Back Extra")};
    t.templates = {{QStringLiteral("Cloze"), QStringLiteral("{{cloze:Text}}"),
                    QStringLiteral("{{cloze:Text}}<br>\n{{Back Extra}}")}};
    t.css = QString::fromLatin1(kStockCss) + QStringLiteral(".cloze {\n font-weight: bold;\n color: blue;\n}\n");
    return t;
}

} // namespace debrief
