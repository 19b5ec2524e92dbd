// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace Sprechtag::Cli {

// Standard output or error of the command line. Every byte a command writes passes through
// terminalSafe() (domain/Text.h) here, so stored text (company names, topics, file names, what was typed)
// can never bring an escape sequence, a bell or a carriage return to the terminal, whichever command
// prints it.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE *stream);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream = nullptr;
    // Keeps a character split across two writes whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace Sprechtag::Cli
