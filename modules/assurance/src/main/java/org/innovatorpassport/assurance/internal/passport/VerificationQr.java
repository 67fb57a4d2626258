package org.innovatorpassport.assurance.internal.passport;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The QR code printed on a certificate: its verification address, so that a person holding a
 * printout checks the passport's current status with a phone. One module per cell with the
 * standard four-module quiet zone; the layout scales it and draws the dark modules as vector squares.
 * Error correction M survives a crease or a smudge on paper.
 */
final class VerificationQr {

    private VerificationQr() {
    }

    static BitMatrix of(String verificationUrl) {
        try {
            return new QRCodeWriter().encode(verificationUrl, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verification address cannot be a QR code: " + e.getMessage(), e);
        }
    }
}
