import { Module } from '@nestjs/common';
import { ExportModule } from '../../core/export/export.module';
import { MemberDirectory } from './member-directory';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { SpecialistsResolver } from './specialists.resolver';
import { SpecialistsService } from './specialists.service';

/**
 * The organization's people (issue 6): members with their roles per unit and specialties,
 * invitations, deactivation; the specialties classifier.
 */
@Module({
  imports: [ExportModule],
  providers: [
    MemberDirectory,
    MembersService,
    MembersResolver,
    SpecialistsService,
    SpecialistsResolver,
  ],
})
export class PeopleModule {}
