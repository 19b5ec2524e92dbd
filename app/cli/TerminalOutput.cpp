// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TerminalOutput.h"

#include "domain/Text.h"

namespace Sprechtag::Cli {

TerminalOutput::TerminalOutput(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = terminalSafe(text).toUtf8();
    if (!safe.isEmpty() &&
        std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace Sprechtag::Cli
