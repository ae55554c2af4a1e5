import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A new authenticator secret, pending until confirmTotpEnrolment: show the QR code (or the secret for typing in).',
})
export class TotpEnrolment {
  @Field({ description: 'Base32 secret, for apps that cannot scan.' })
  secret: string;

  @Field({ description: 'otpauth://totp/… URL the QR code holds.' })
  otpauthUrl: string;

  @Field({ description: 'The QR code as an SVG document.' })
  qrSvg: string;
}
