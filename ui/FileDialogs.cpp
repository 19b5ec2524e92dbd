// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>

namespace Sprechtag::FileDialogs {

namespace {

// Icons and type names from the file name alone: QMimeDatabase is asked about the name (its globs),
// never about the contents.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        if (info.isDir())
            return icon(Folder);
        const QList<QMimeType> types = QMimeDatabase().mimeTypesForFileName(info.fileName());
        if (types.isEmpty())
            return icon(File);
        const QMimeType &type = types.constFirst();
        return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), icon(File)));
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return QCoreApplication::translate("Sprechtag::FileDialogs", "Drive");
        if (info.isDir())
            return QCoreApplication::translate("Sprechtag::FileDialogs", "Folder");
        const QList<QMimeType> types = QMimeDatabase().mimeTypesForFileName(info.fileName());
        if (!types.isEmpty() && !types.constFirst().comment().isEmpty())
            return types.constFirst().comment();
        const QString suffix = info.suffix();
        if (!suffix.isEmpty())
            return QCoreApplication::translate("Sprechtag::FileDialogs", "%1 file").arg(suffix);
        return QCoreApplication::translate("Sprechtag::FileDialogs", "File");
    }
};

NameOnlyIconProvider *nameOnlyProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

// Puts the provider in as soon as the dialog has its widgets: a dialog that was to be native but could
// not be shown as such builds them while it is being shown, before it lists anything.
class ProviderKeeper : public QObject
{
public:
    explicit ProviderKeeper(QFileDialog *dialog) : QObject(dialog), m_dialog(dialog) { install(); }

    void install()
    {
        if (m_dialog->iconProvider() && m_dialog->iconProvider() != nameOnlyProvider()) {
            m_dialog->setIconProvider(nameOnlyProvider());
            m_dialog->setOption(QFileDialog::DontUseCustomDirectoryIcons);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_dialog && (event->type() == QEvent::Show || event->type() == QEvent::Polish))
            install();
        return false;
    }

private:
    QFileDialog *m_dialog;
};

// What QFileDialog's static functions make of `dir`: a folder is shown, a file's folder is shown with
// the file selected.
void place(QFileDialog &dialog, const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QFileInfo info(dir);
    if (info.isDir()) {
        dialog.setDirectory(info.absoluteFilePath());
        return;
    }
    dialog.setDirectory(info.absolutePath());
    dialog.selectFile(info.fileName());
}

QString run(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
            QString *selectedFilter, QFileDialog::AcceptMode mode)
{
    // Made without a folder: the one asked for is listed only once the provider is in place.
    QFileDialog dialog(parent, caption);
    makeNameOnly(dialog);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog.setNameFilter(filter);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    place(dialog, dir);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

} // namespace

void makeNameOnly(QFileDialog &dialog)
{
    auto *keeper = new ProviderKeeper(&dialog);
    dialog.installEventFilter(keeper);
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                        QString *selectedFilter)
{
    return run(parent, caption, dir, filter, selectedFilter, QFileDialog::AcceptOpen);
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                        QString *selectedFilter)
{
    return run(parent, caption, dir, filter, selectedFilter, QFileDialog::AcceptSave);
}

} // namespace Sprechtag::FileDialogs
