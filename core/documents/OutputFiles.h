// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sprechtag {

// A file name part made from user text ("Müller & Söhne GmbH" -> "Mueller-Soehne-GmbH"): ASCII letters,
// digits and single dashes only, umlauts transcribed, at most maxLength characters, never empty, never a
// reserved device name (CON, NUL, ...). Path separators and ".." cannot survive it.
QString sanitisedFileNamePart(const QString &text, int maxLength = 60);

// folder + "/" + name, refused (InvalidInput) when the result would lie outside the folder or the name
// holds a control character (NUL, newline, ...).
Result<QString> pathInside(const QString &folder, const QString &name);

// The rules every output of Sprechtag (letters, plans, sheets, signs, exports, reports) obeys, checked
// before anything is rendered and again when the file is written. Refused (OutputRefused, exit code 2)
// when the path
// - holds a control character, names no file, or (when suffixes is not empty) does not end in one of them
//   (".pdf", case-insensitive);
// - resolves - through "..", symlinked folders, other case or a hard link - to a database any Database
//   object of this process has open (storage/OpenFiles.h), to its -wal, -shm or -journal file, or to
//   a place inside its backup folder;
// - names a symbolic link, a folder, a device or a pipe, or an existing SQLite database.
// A missing folder is not created (CannotWriteFile). Returns the absolute path that will be written.
Result<QString> checkOutputPath(const QString &path, const QStringList &suffixes = {});

// One output file on its way to the disk. create() checks the path as above and makes a new file beside
// the target (O_CREAT | O_EXCL | O_NOFOLLOW, mode 0600 from the first byte whatever the umask); commit()
// syncs it and renames it over the final name, which is replaced atomically and never followed. Until
// commit() succeeds the target is untouched, and the new file is removed when the object goes away.
class OutputFile
{
public:
    static Result<OutputFile> create(const QString &path, const QStringList &suffixes = {});
    OutputFile(OutputFile &&other) noexcept;
    OutputFile &operator=(OutputFile &&) = delete;
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;
    ~OutputFile();

    // The absolute path the file will have after commit().
    QString path() const { return m_path; }
    // The new file's own name, for libraries that insist on writing to a name (libxlsxwriter); commit()
    // refuses when something else than this file stands there by then.
    QString temporaryPath() const;
    Status write(const QByteArray &bytes);
    Status commit();
    // Why writing failed, naming this output: OutputDiskFull when errno or the file system says the disk is
    // full, CannotWriteFile otherwise.
    Error writeError(int savedErrno) const;

private:
    OutputFile() = default;
    void discard();

    QString m_path;
    QByteArray m_folder; // resolved, without symbolic links
    QByteArray m_name;
    QByteArray m_temporaryName;
    int m_folderFd = -1;
    int m_fd = -1;
    bool m_committed = false;
};

// The bytes as one output file through OutputFile: all or nothing, 0600, under the rules above. Every
// document and export of Sprechtag reaches the disk through here or through OutputFile.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, const QStringList &suffixes = {});

// For a save dialog: the name with the chosen type's suffix added when it has none; refused
// (OutputRefused) when it ends in a suffix none of the offered types has. chosenSuffix and offered
// without the dot ("pdf").
Result<QString> withOutputSuffix(const QString &path, const QString &chosenSuffix,
                                 const QStringList &offered);

// A path as it may appear in a message: native separators, control characters shown as "?".
QString shownOutputPath(const QString &path);

} // namespace Sprechtag
