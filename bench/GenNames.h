// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace Bench {

// The seeded source of everything the generator invents.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    // 0 <= n < bound
    int below(int bound) { return int(m_engine() % std::uint64_t(bound > 0 ? bound : 1)); }
    bool chance(double p) { return double(m_engine() % 1000000) < p * 1000000.0; }
    template <typename List> const auto &pick(const List &list) { return list.at(below(int(list.size()))); }
    // Skewed towards small values: a few companies book often, most once or twice.
    int skewed(int bound);

private:
    std::mt19937_64 m_engine;
};

struct PersonName
{
    bool female = false;
    QString title; // "Dr." or empty
    QString first;
    QString last;
};

struct CompanyText
{
    QString name;
    QString domain; // for e-mail addresses and the website
    QString street;
    QString postcode;
    QString city;
    QString industry;
};

// Realistic German and foreign names with umlauts (a few in NFD form, as pasted from other programs),
// long names and legal forms such as "GmbH & Co. KG".
class NamePool
{
public:
    explicit NamePool(Random &random) : m_random(random) {}
    PersonName person();
    CompanyText company(int serial);
    // "vorname.nachname@domain" with umlauts transliterated.
    QString email(const PersonName &p, const QString &domain);
    QString phone();
    QString topic();
    QString cancelReason();

private:
    QString maybeDecomposed(const QString &text);
    Random &m_random;
};

// "Müller & Söhne" -> "mueller-soehne": for domains and e-mail addresses.
QString asciiSlug(const QString &text, QChar separator);

} // namespace Bench
