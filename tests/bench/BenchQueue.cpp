// The rep's interactive operations: the queue's first screen, next lead, searches, a lead in the
// card and the form, through the item model, the use cases and the window's own widgets.
#include "Bench.h"
#include "BenchMeasure.h"
#include "LeadCard.h"
#include "PlainSqlite.h"
#include "QualificationForm.h"
#include "items/QueueModel.h"
#include "queue/LeadOpening.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QDir>
#include <QTemporaryDir>

namespace {

const QString rep = QStringLiteral("bench");

/// What a search looks for: a last name, a company and a phone prefix of a lead in the store.
struct Terms
{
    QString name, company, phone;
};

Terms termsOf(const Bench& bench)
{
    Terms terms;
    QSqlQuery q = Sql::exec(bench.store->db(),
                            QStringLiteral("SELECT last_name, company, phone_key FROM leads "
                                           "WHERE company <> '' AND phone_key <> '' AND "
                                           "last_name <> '' ORDER BY id LIMIT 1 OFFSET ?"),
                            {bench.leads / 2});
    if (q.next()) {
        terms.name = q.value(0).toString();
        terms.company = q.value(1).toString().left(8);
        terms.phone = q.value(2).toString().left(9);
    }
    return terms;
}

} // namespace

namespace BenchGroups {

void openStore(Bench& bench)
{
    // Store::open (checks, schema version) and the queue model, which reads the first page.
    Figure warm{QStringLiteral("open_first_screen_warm"),
                QStringLiteral("open store + queue's first screen (warm)")};
    warm.target = 150;
    warm.note = QStringLiteral("Store::open and QueueModel (first page of 100 rows); plain "
                               "SQLite opens a connection and runs the same SQL.");
    QByteArrayList statements;
    Figure cold = warm;
    cold.name = QStringLiteral("open_first_screen_cold");
    cold.label = QStringLiteral("open store + queue's first screen (cold)");
    cold.note += QStringLiteral(" Page cache dropped (%1) before each run.").arg(bench.coldMethod);
    const auto once = [&](QByteArrayList* capture) {
        return Bench::timeMs([&] {
            const std::unique_ptr<Store> store = Store::open(bench.path);
            std::optional<SqlCapture> sql;
            if (capture)
                sql.emplace(*store);
            const QueueModel model(*store);
            if (capture)
                *capture = sql->statements();
        });
    };
    once(&statements);
    for (int run = 0; run < bench.runs; ++run)
        warm.runs.append(once(nullptr));
    for (int run = 0; run <= bench.runs && !bench.server; ++run) {
        const double ms = PlainSqlite::openAndRun(bench.path, statements);
        if (run > 0) // the first one reads what the others find in the cache
            warm.plain.append(ms);
    }
    bench.report.add(warm);
    if (bench.coldMethod.isEmpty())
        return;
    for (int run = 0; run < bench.coldRuns; ++run) {
        bench.dropCache();
        cold.runs.append(once(nullptr));
    }
    for (int run = 0; run < bench.coldRuns; ++run) {
        bench.dropCache();
        cold.plain.append(PlainSqlite::openAndRun(bench.path, statements));
    }
    bench.report.add(cold);
}

void nextLead(Bench& bench)
{
    LeadOpening opening(*bench.store, rep, LeadOpening::newSessionToken());
    qint64 current = 0;
    OpSpec spec{QStringLiteral("next_lead"),
                QStringLiteral("next lead (pick + claim)"),
                10,
                QStringLiteral("LeadOpening::next, the F8 key: releases the held lead, picks and "
                               "claims the next in one write transaction."),
                true,
                false};
    measure(bench, spec, [&](const Store&, int) {
        const auto next = opening.next(current);
        current = next ? next->leadId : 0;
    });
    opening.releaseAll();
}

void searches(Bench& bench)
{
    const Terms terms = termsOf(bench);
    QueueModel warmModel(*bench.store);
    std::unique_ptr<QueueModel> coldModel;
    const auto modelFor = [&](const Store& store) -> QueueModel& {
        return &store == bench.store.get() ? warmModel : *coldModel;
    };
    const auto prepare = [&](const Store& store) {
        coldModel = std::make_unique<QueueModel>(store);
    };
    const auto finish = [&] { coldModel.reset(); };
    struct Case
    {
        const char* name;
        const char* label;
        QueueFilter filter;
    };
    QueueFilter byName, byCompany, byPhone, gradeA;
    byName.search = terms.name;
    byCompany.search = terms.company;
    byPhone.search = terms.phone;
    gradeA.grade = QStringLiteral("A");
    for (const Case& c : {Case{"search_name", "search by name", byName},
                          Case{"search_company", "search by company", byCompany},
                          Case{"search_phone", "search by phone", byPhone},
                          Case{"filter_grade_a", "filter by grade A", gradeA}}) {
        OpSpec spec{QLatin1String(c.name),
                    QLatin1String(c.label),
                    50,
                    QStringLiteral("QueueModel::setFilter (the queue's search field and grade "
                                   "filter) for \"%1\": count and first page.")
                        .arg(c.filter.search.isEmpty() ? c.filter.grade : c.filter.search),
                    false,
                    true};
        measure(
            bench, spec,
            [&](const Store& store, int) {
                QueueModel& model = modelFor(store);
                model.setFilter(c.filter);
            },
            prepare, finish);
    }
}

} // namespace BenchGroups

namespace BenchGroups {

void openLead(Bench& bench)
{
    // What choosing a lead in the queue does: LeadOpening::open (claims it) and the card and the
    // form showing it (LeadRepository, timeline, nurture plan, qualification context, draft).
    AppSettings settings(bench.scratch + QStringLiteral("/lead-settings.ini"));
    struct Window
    {
        std::unique_ptr<LeadOpening> opening;
        std::unique_ptr<LeadCard> card;
        std::unique_ptr<QualificationForm> form;
    };
    const auto windowFor = [&](const Store& store) {
        Window w;
        w.opening = std::make_unique<LeadOpening>(store, rep, LeadOpening::newSessionToken());
        w.card = std::make_unique<LeadCard>();
        w.card->setStore(&store);
        w.form = std::make_unique<QualificationForm>(settings);
        w.form->setStore(&store);
        return w;
    };
    Window warm = windowFor(*bench.store);
    Window cold;
    const QList<qint64> leads = bench.sampleLeads(bench.runs + bench.coldRuns + 2);
    OpSpec spec{QStringLiteral("open_lead"),
                QStringLiteral("open a lead in card and form"),
                50,
                QStringLiteral("LeadOpening::open (claim), LeadCard::showLead and "
                               "QualificationForm::showLead, a different lead each run."),
                true,
                true};
    measure(
        bench, spec,
        [&](const Store& store, int run) {
            Window& w = &store == bench.store.get() ? warm : cold;
            const qint64 id = leads.value(run >= 1000 ? bench.runs + 1 + (run - 1000) : run);
            const LeadOpening::Opened opened = w.opening->open(id);
            w.card->showLead(opened.leadId);
            w.form->showLead(opened.leadId);
        },
        [&](const Store& store) { cold = windowFor(store); },
        [&] {
            cold.opening->releaseAll();
            cold = {};
        });
    warm.opening->releaseAll();
}

} // namespace BenchGroups
