import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** `POST /auth/:app/login`. Not validated as an address: any wrong input is just a failed login. */
export class LoginBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;

  /** The authenticator's 6-digit code, or a recovery code. */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  totp?: string;
}

/** `POST /auth/admin/context`. */
export class ContextBody {
  @IsUUID()
  organizationId: string;
}

/** `POST /auth/:app/password-reset/request`. */
export class PasswordResetRequestBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;
}

/** `POST /auth/:app/password-reset/confirm`. The password rules are checked by the service. */
export class PasswordResetConfirmBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsString()
  @MaxLength(1024)
  password: string;
}
