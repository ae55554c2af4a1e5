import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { CredentialsCipher } from './credentials-cipher';
import { CredentialsService } from './credentials.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { SESSION_ISSUER } from './session-issuer';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { TotpResolver } from './totp.resolver';
import { TotpService } from './totp.service';

/**
 * Staff sign-in: passwords (argon2id), TOTP, lockout, password reset, and the sessions
 * (refresh-token families) every login — password or eID — ends up in. Global, so eID login
 * finds the SESSION_ISSUER.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    PasswordHasher,
    CredentialsCipher,
    TotpService,
    SessionService,
    CredentialsService,
    PasswordResetService,
    SessionResolver,
    TotpResolver,
    { provide: SESSION_ISSUER, useExisting: SessionService },
  ],
  exports: [
    SESSION_ISSUER,
    SessionService,
    PasswordHasher,
    CredentialsCipher,
    PasswordResetService,
  ],
})
export class AuthModule {}
