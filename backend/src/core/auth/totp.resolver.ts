import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import { RequirePrincipal } from './require-permission';
import { signedInStaff } from './session.resolver';
import { TotpService } from './totp.service';
import { TotpEnrolment } from './totp.types';

function checkedCode(code: string): string {
  if (code.length > 32)
    throw AppError.badInput([{ field: 'code', key: 'TOO_LONG', params: { max: 32 } }]);
  return code;
}

/**
 * The signed-in staff member's authenticator app (TOTP). Their own second factor, not
 * organization data: `@RequirePrincipal('staff')`. A wrong code is TOTP_INVALID, recorded,
 * and changes nothing.
 */
@Resolver()
export class TotpResolver {
  constructor(private readonly totp: TotpService) {}

  @RequirePrincipal('staff')
  @Mutation(() => TotpEnrolment, {
    description:
      'Starts setting up an authenticator app (CONFLICT while one is active: disable it first).',
  })
  startTotpEnrolment(): Promise<TotpEnrolment> {
    return this.totp.startEnrolment(signedInStaff().userId);
  }

  @RequirePrincipal('staff')
  @Mutation(() => [String], {
    description:
      'Confirms the authenticator with its current code and turns TOTP on; answers ten one-time recovery codes, shown only now.',
  })
  confirmTotpEnrolment(@Args('code') code: string): Promise<string[]> {
    return this.totp.confirmEnrolment(signedInStaff().userId, checkedCode(code));
  }

  @RequirePrincipal('staff')
  @Mutation(() => Boolean, {
    description: 'Turns TOTP off; needs a current code from the app (or a recovery code).',
  })
  async disableTotp(@Args('code') code: string): Promise<boolean> {
    await this.totp.disable(signedInStaff().userId, checkedCode(code));
    return true;
  }
}
