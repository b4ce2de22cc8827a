// The main window and review screen, driven with the keyboard as a user would.
#include "cardview.h"
#include "mainwindow.h"
#include "reviewwidget.h"

#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "study/reviewsession.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtTest>

using namespace debrief;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // A collection with `count` new Basic cards in deck "Prep::Metrics".
    std::unique_ptr<Collection> makeCollection(const QString &name, int count)
    {
        auto col = Collection::open(m_tmp.filePath(name));
        if (!col)
            qFatal("%s", qPrintable(col.error().message));
        auto deck = (*col)->ensureDeck(QStringLiteral("Prep::Metrics"));
        auto type = (*col)->addNotetype(StockNotetypes::basic());
        for (int i = 0; i < count; ++i) {
            Note n;
            n.notetypeId = type->id;
            n.fields = QStringList{QStringLiteral("Question %1 \\(x^2\\)").arg(i), QStringLiteral("Answer %1").arg(i)};
            auto note = (*col)->addNote(n);
            Card c;
            c.noteId = note->id;
            c.deckId = deck->id;
            c.state = NewState{i + 1};
            if (!(*col)->addCard(c))
                qFatal("addCard failed");   // a helper returning the collection cannot QVERIFY
        }
        return std::move(*col);
    }

    static QTreeWidgetItem *findDeck(QTreeWidget *tree, const QString &text)
    {
        const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return items.isEmpty() ? nullptr : items.first();
    }

private slots:
    void deckListShowsCounts()
    {
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(QStringLiteral("counts.sqlite"), 3), std::move(clock));
        w.show();
        QTreeWidgetItem *metrics = findDeck(w.deckTree(), QStringLiteral("Metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->text(1), QStringLiteral("3"));
        QVERIFY(metrics->parent());
        QCOMPARE(metrics->parent()->text(0), QStringLiteral("Prep"));
        QCOMPARE(metrics->parent()->text(1), QStringLiteral("3"));
    }

    void studyWithKeyboardCommitsEachAnswerAndUndoes()
    {
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(QStringLiteral("study.sqlite"), 2), std::move(clock));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Metrics")));
        w.studySelected();
        QVERIFY(w.isStudying());
        ReviewWidget *review = w.reviewWidget();
        const auto first = review->currentCardId();
        QVERIFY(first.has_value());
        QVERIFY(!review->answerShown());

        QTest::keyClick(review, Qt::Key_Space);
        QVERIFY(review->answerShown());
        // Each button shows its next interval; new card defaults: Again 1m, Hard ~6m, Good 10m, Easy 4d
        // fuzzed per card into Anki's range for 4 days (3-5d).
        auto *good = review->findChild<QPushButton *>(QStringLiteral("answer3"));
        QVERIFY(good);
        QVERIFY2(good->text().contains(QStringLiteral("10m")), qPrintable(good->text()));
        auto *easy = review->findChild<QPushButton *>(QStringLiteral("answer4"));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n[345]d$")).match(easy->text()).hasMatch(), qPrintable(easy->text()));

        QTest::keyClick(review, Qt::Key_4);   // Easy: graduates, leaves today's queue
        auto reviews = w.collection().count(QStringLiteral("revlog"));
        QVERIFY(reviews);
        QCOMPARE(*reviews, 1);
        const auto second = review->currentCardId();
        QVERIFY(second.has_value());
        QVERIFY(*second != *first);

        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
        reviews = w.collection().count(QStringLiteral("revlog"));
        QCOMPARE(*reviews, 0);
        QCOMPARE(review->currentCardId(), first);
        auto card = w.collection().card(*first);
        QVERIFY(card);
        QVERIFY(std::holds_alternative<NewState>(card->state));

        // Good on a new card puts it 10 min away, inside the learn-ahead limit: the other new
        // card comes first, as in Anki.
        QTest::keyClick(review, Qt::Key_Space);
        QTest::keyClick(review, Qt::Key_3);
        QCOMPARE(review->currentCardId(), second);

        // Esc goes back to the deck list, which shows the refreshed counts; leaving is not
        // "nothing more is due".
        QTest::keyClick(review, Qt::Key_Escape);
        QVERIFY(!w.isStudying());
        QVERIFY(w.statusBar()->currentMessage().isEmpty());
    }

    // Ctrl+Z takes back answers of this study session only: not those given before it (by the
    // CLI, or in an earlier session), which are not on the app's undo stack.
    void undoOnlyTakesBackAnswersOfThisStudySession()
    {
        const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        auto col = makeCollection(QStringLiteral("undo-session.sqlite"), 3);
        {
            FixedClock clock(now);
            ReviewSession earlier(*col, clock);
            auto card = earlier.nextCard();
            QVERIFY(card.ok() && card->has_value());
            QVERIFY(earlier.answer(**card, Rating::Easy, 1000).ok());
        }
        MainWindow w(std::move(col), std::make_unique<FixedClock>(now));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto study = [&] {
            w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Metrics")));
            w.studySelected();
        };
        study();
        ReviewWidget *review = w.reviewWidget();
        const auto shown = review->currentCardId();
        QVERIFY(shown.has_value());
        const auto reviews = [&] { return *w.collection().count(QStringLiteral("revlog")); };

        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(reviews(), qint64(1));   // the earlier answer stays
        QCOMPARE(review->currentCardId(), shown);

        QTest::keyClick(review, Qt::Key_Space);
        QTest::keyClick(review, Qt::Key_4);
        QCOMPARE(reviews(), qint64(2));
        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);   // this session's answer goes
        QCOMPARE(reviews(), qint64(1));
        QCOMPARE(review->currentCardId(), shown);

        // Leaving and studying again starts a new session, with nothing of its own to undo.
        QTest::keyClick(review, Qt::Key_Space);
        QTest::keyClick(review, Qt::Key_4);
        QCOMPARE(reviews(), qint64(2));
        QTest::keyClick(review, Qt::Key_Escape);
        QVERIFY(!w.isStudying());
        study();
        QVERIFY(w.isStudying());
        QTest::keyClick(w.reviewWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(reviews(), qint64(2));
    }

    // The deck list comes up without QtWebEngine (a Chromium process, most of the start time);
    // the card view is made when studying starts.
    void cardViewMadeOnFirstStudy()
    {
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(QStringLiteral("lazy.sqlite"), 1), std::move(clock));
        w.show();
        QVERIFY(w.findChildren<QWebEngineView *>().isEmpty());
        w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Metrics")));
        w.studySelected();
        QVERIFY(w.isStudying());
        QCOMPARE(w.findChildren<QWebEngineView *>().size(), 1);
        QCOMPARE(w.findChildren<QWebEngineView *>().constFirst(), w.reviewWidget()->view());
    }

    void cardViewRendersTheCard()
    {
        auto clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        MainWindow w(makeCollection(QStringLiteral("render.sqlite"), 1), std::move(clock));
        w.show();
        w.deckTree()->setCurrentItem(findDeck(w.deckTree(), QStringLiteral("Metrics")));
        w.studySelected();
        QWebEngineView *view = w.reviewWidget()->view();
        // The question text reaches the page (the page shell loads asynchronously).
        QString text;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QEventLoop loop;
                view->page()->runJavaScript(QStringLiteral("document.getElementById('qa') ? document.getElementById('qa').innerText : ''"),
                                            [&](const QVariant &v) { text = v.toString(); loop.quit(); });
                loop.exec();
                return text.contains(QStringLiteral("Question 0"));
            }(),
            15000);
    }

    // Defence in depth behind HtmlSanitizer: raw HTML straight into the view, handlers and all.
    // The page's Content-Security-Policy must keep them from running, while our own calls work.
    void cardViewRefusesInlineHandlers()
    {
        CardView view;
        view.resize(400, 300);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 15000);
        QSignalSpy shown(&view, &CardView::cardShown);
        view.showCard(QStringLiteral("<p id=\"probe\">card</p><img src=\"missing.png\" onerror=\"document.title='pwned'\">"
                                     "<svg/onload=\"document.title='pwned'\"></svg>"),
                      QString(), false);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 15000);
        const auto js = [&view](const QString &script) {
            QVariant result;
            QEventLoop loop;
            view.page()->runJavaScript(script, [&](const QVariant &v) {
                result = v;
                loop.quit();
            });
            loop.exec();
            return result;
        };
        // Wait for the events instead of a while: first the card's image has failed to load...
        QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("document.querySelector('#qa img') !== null "
                                                   "&& document.querySelector('#qa img').complete")).toBool(),
                                 15000);
        // ...then a second broken image, added only now, has delivered its error event to a listener
        // of ours. Error events are queued in order, so the card image's handler (had it been
        // allowed to run) has run by then.
        js(QStringLiteral("window.probeErrors = 0; var probe = document.createElement('img');"
                          "probe.addEventListener('error', function () { window.probeErrors++; });"
                          "probe.src = 'missing-too.png'; document.body.appendChild(probe); true"));
        QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("window.probeErrors")).toInt() == 1, 15000);
        QCOMPARE(js(QStringLiteral("document.getElementById('probe').textContent")).toString(), QStringLiteral("card"));
        QVERIFY(js(QStringLiteral("document.title")).toString() != QLatin1String("pwned"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
