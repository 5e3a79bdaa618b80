// SPDX-FileCopyrightText: 2026 The Tandem authors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the mail import path: raw bytes through KMime and our mapping (MailParser). Every
// input must come back as a mail or as a refusal with a reason, never both and never neither; a mail
// always has a sender, an external id, and attachment sizes that match their bytes.

#include "services/mail/MailParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const tandem::MailParseResult result = tandem::MailParser::parse(raw);
    require(result.mail.has_value() != !result.refusal.isEmpty(), "a mail or a refusal with a reason");
    if (result.mail) {
        require(!result.mail->message.fromAddress.isEmpty(), "a mail has a sender");
        require(!result.mail->message.externalId.isEmpty(), "a mail has an external id");
        for (const tandem::MailAttachment &attachment : result.mail->attachments) {
            require(attachment.size == attachment.bytes.size(), "an attachment's size is its bytes'");
            require(!attachment.fileName.isEmpty(), "an attachment has a name");
        }
    }
    return 0;
}
