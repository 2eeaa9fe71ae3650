// A helper process for the queue suites, one rep with its own connection to the store:
//   queue_claimer STORE REP COUNT        asks for "next lead" COUNT times without releasing its
//                                        earlier claims, printing each lead id (0: none), a line
//                                        each (tst_claims);
//   queue_claimer STORE REP COUNT calls  COUNT times: next lead (releasing the previous one),
//                                        then logs an unanswered call on it; prints "id
//                                        microseconds" per lead, the time next lead took;
//   queue_claimer STORE REP 1 hold       claims the next lead, prints its id and keeps running
//                                        (holding the claim) until it is killed.
#include "queue/CallLog.h"
#include "queue/ClaimService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <cstdio>

namespace {

void claimWithoutReleasing(ClaimService& claims, int count)
{
    for (int i = 0; i < count; ++i) {
        const std::optional<qint64> id = claims.claimNext(0, false);
        std::printf("%lld\n", id ? static_cast<long long>(*id) : 0LL);
    }
}

void claimAndCall(const Store& store, ClaimService& claims, int count)
{
    CallLog log(store);
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<qint64> id = claims.claimNext();
        const qint64 micros = timer.nsecsElapsed() / 1000;
        std::printf("%lld %lld\n", id ? static_cast<long long>(*id) : 0LL,
                    static_cast<long long>(micros));
        if (!id)
            continue;
        CallDraft draft;
        draft.outcome = CallOutcome::NoAnswer;
        draft.durationSecs = 20;
        log.log(*id, draft, claims.repName());
    }
}

[[noreturn]] void claimAndHold(ClaimService& claims)
{
    const std::optional<qint64> id = claims.claimNext();
    std::printf("%lld\n", id ? static_cast<long long>(*id) : 0LL);
    std::fflush(stdout);
    while (true)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: queue_claimer STORE REP COUNT [calls|hold]\n");
        return 2;
    }
    const QByteArray mode = argc == 5 ? QByteArray(argv[4]) : QByteArray();
    try {
        auto store = Store::open(QString::fromLocal8Bit(argv[1]));
        ClaimService claims(*store, QString::fromLocal8Bit(argv[2]),
                            ClaimService::newSessionToken());
        const int count = QByteArray(argv[3]).toInt();
        if (mode == "calls")
            claimAndCall(*store, claims, count);
        else if (mode == "hold")
            claimAndHold(claims);
        else
            claimWithoutReleasing(claims, count);
    } catch (const StoreError& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
