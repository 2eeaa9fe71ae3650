// A helper process for tst_claims: opens a store and asks for "next lead" N times without
// releasing its earlier claims, printing each lead id it was handed, one per line.
#include "queue/ClaimService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: queue_claimer STORE REP COUNT\n");
        return 2;
    }
    try {
        auto store = Store::open(QString::fromLocal8Bit(argv[1]));
        ClaimService claims(*store, QString::fromLocal8Bit(argv[2]),
                            ClaimService::newSessionToken());
        const int count = QByteArray(argv[3]).toInt();
        for (int i = 0; i < count; ++i) {
            const std::optional<qint64> id = claims.claimNext(0, false);
            std::printf("%lld\n", id ? static_cast<long long>(*id) : 0LL);
        }
    } catch (const StoreError& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
